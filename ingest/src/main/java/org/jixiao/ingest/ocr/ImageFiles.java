package org.jixiao.ingest.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NodeList;

/**
 * Reads the frames of an image file (PNG, JPEG, TIFF with its many pages, BMP, GIF) one at a time
 * with the JDK's ImageIO, which reads TIFF since Java 9. A frame's size is read from its header and
 * checked before its pixels are decoded; frames scanned finer than OCR needs are subsampled while
 * decoding, so a 600-dpi scan never occupies memory at 600 dpi.
 */
final class ImageFiles implements AutoCloseable {

    /** The A4 long side in points: the page size assumed for an image that does not state its resolution. */
    private static final float A4_LONG_SIDE = 842f;
    /** Resolutions outside this range are metadata defaults or errors, not a scanner's. */
    private static final float MIN_PLAUSIBLE_DPI = 50f;
    private static final float MAX_PLAUSIBLE_DPI = 2400f;

    /** One decoded frame and the page size it stands for. */
    record Frame(GrayImage image, float widthPoints, float heightPoints) {
    }

    /** A frame too large to decode. */
    static final class TooLargeException extends Exception {
        TooLargeException(String message) {
            super(message);
        }
    }

    private final ImageInputStream input;
    private final ImageReader reader;

    private ImageFiles(ImageInputStream input, ImageReader reader) {
        this.input = input;
        this.reader = reader;
    }

    /** Opens an image file, or returns null when no reader knows its format. */
    static ImageFiles open(Path file) throws IOException {
        ImageInputStream input = ImageIO.createImageInputStream(file.toFile());
        if (input == null) {
            throw new IOException("cannot open as an image");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        if (!readers.hasNext()) {
            input.close();
            return null;
        }
        ImageReader reader = readers.next();
        reader.setInput(input, false, false);
        return new ImageFiles(input, reader);
    }

    int frameCount() throws IOException {
        return reader.getNumImages(true);
    }

    /**
     * Decodes one frame (0-based), subsampled towards {@code targetDpi}.
     *
     * @throws TooLargeException when the frame has more than {@code maxPixels} pixels
     */
    Frame read(int index, float targetDpi, long maxPixels) throws IOException, TooLargeException {
        int width = reader.getWidth(index);
        int height = reader.getHeight(index);
        if ((long) width * height > maxPixels) {
            throw new TooLargeException(String.format("image of %d x %d pixels exceeds the limit of %d pixels",
                    width, height, maxPixels));
        }
        float dpi = statedDpi(reader.getImageMetadata(index));
        float pointsPerPixel = dpi > 0 ? 72f / dpi : A4_LONG_SIDE / Math.max(width, height);
        // stated resolutions are rounded (600 dpi is 23622 pixels per metre): a hair below a whole factor is that factor
        int subsampling = dpi > 0 ? Math.max(1, (int) Math.floor(dpi / targetDpi + 0.05)) : 1;
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(subsampling, subsampling, 0, 0);
        GrayImage image = GrayImage.of(reader.read(index, param));
        return new Frame(image, width * pointsPerPixel, height * pointsPerPixel);
    }

    /** The horizontal resolution the file states, or 0 when it states none that is plausible. */
    private static float statedDpi(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return 0;
        }
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
        NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
        if (sizes.getLength() == 0) {
            return 0;
        }
        try {
            float millimetresPerPixel = Float.parseFloat(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
            float dpi = 25.4f / millimetresPerPixel;
            return dpi >= MIN_PLAUSIBLE_DPI && dpi <= MAX_PLAUSIBLE_DPI ? dpi : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException {
        reader.dispose();
        input.close();
    }
}
