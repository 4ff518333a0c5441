package org.jixiao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What the encoder writes, ImageIO reads back pixel for pixel. */
class PngEncoderTest {

    private static BufferedImage drawn(Color ink) {
        BufferedImage image = new BufferedImage(301, 97, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 301, 97);
        g.setColor(ink);
        g.drawString("资金结余 10000", 10, 40);
        g.drawLine(0, 60, 300, 61);
        g.setColor(Color.GRAY);
        g.fillRect(200, 5, 50, 20);
        g.dispose();
        return image;
    }

    private static void roundTrip(BufferedImage image, int expectedChannels) throws Exception {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));
        assertEquals(expectedChannels, read.getColorModel().getNumColorComponents());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                // the samples as written (ImageIO's getRGB would take a grey PNG's samples as linear light;
                // browsers, like the page, take them as sRGB)
                int rgb = image.getRGB(x, y);
                int[] expected = expectedChannels == 1 ? new int[] {rgb & 0xFF}
                        : new int[] {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF};
                for (int band = 0; band < expectedChannels; band++) {
                    assertEquals(expected[band], read.getRaster().getSample(x, y, band), x + "," + y);
                }
            }
        }
    }

    @Test
    void aColourPageIsWrittenAsRgb() throws Exception {
        roundTrip(drawn(new Color(192, 28, 40)), 3);
    }

    @Test
    void aPageWithoutColourIsWrittenAsGrey() throws Exception {
        roundTrip(drawn(Color.BLACK), 1);
    }
}
