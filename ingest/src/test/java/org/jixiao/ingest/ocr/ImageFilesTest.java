package org.jixiao.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFramesOfAMultiPageTiffOneByOne() throws Exception {
        Path tiff = Corpus.file("shanghai-2021-targets-p1-2.scan.tif");
        try (ImageFiles images = ImageFiles.open(tiff)) {
            assertEquals(2, images.frameCount());
            ImageFiles.Frame second = images.read(1, 200, Long.MAX_VALUE);
            assertEquals(2481, second.image().width()); // 300 dpi: no whole subsampling factor brings it to 200
            assertEquals(595.4f, second.widthPoints(), 0.5f); // 2481 pixels at the 300 dpi the file states
            assertEquals(842.0f, second.heightPoints(), 0.5f);
        }
    }

    @Test
    void subsamplesAFinerScanTowardsTheOcrResolution() throws Exception {
        Path png = writePng(1200, 800, 600);
        try (ImageFiles images = ImageFiles.open(png)) {
            ImageFiles.Frame frame = images.read(0, 200, Long.MAX_VALUE);
            assertEquals(400, frame.image().width());
            assertEquals(144f, frame.widthPoints(), 0.5f); // the page keeps its size: 1200 pixels at 600 dpi
        }
    }

    @Test
    void anImageWithoutAResolutionIsTakenForAnA4Page() throws Exception {
        Path png = writePng(1000, 1414, 0);
        try (ImageFiles images = ImageFiles.open(png)) {
            ImageFiles.Frame frame = images.read(0, 200, Long.MAX_VALUE);
            assertEquals(842f, frame.heightPoints(), 0.5f);
            assertEquals(1000, frame.image().width());
        }
    }

    @Test
    void refusesAnImageLargerThanTheLimitBeforeDecodingIt() throws Exception {
        Path png = writePng(1000, 1000, 0);
        try (ImageFiles images = ImageFiles.open(png)) {
            ImageFiles.TooLargeException e = assertThrows(ImageFiles.TooLargeException.class, () -> images.read(0, 200, 999_999));
            assertEquals("image of 1000 x 1000 pixels exceeds the limit of 999999 pixels", e.getMessage());
        }
    }

    @Test
    void aFileNoReaderKnowsIsNotAnImage() throws Exception {
        Path text = dir.resolve("notes.png");
        Files.writeString(text, "not an image");
        assertEquals(null, ImageFiles.open(text));
    }

    /** A white PNG of the given size, stating its resolution unless {@code dpi} is 0. */
    private Path writePng(int width, int height, int dpi) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Path file = dir.resolve("page-" + width + "x" + height + "-" + dpi + ".png");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        if (dpi > 0) {
            // the PNG pHYs chunk, in its native form: the JDK's standard-format conversion writes it wrong
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(physical);
            metadata.mergeTree("javax_imageio_png_1.0", root);
        }
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
        return file;
    }
}
