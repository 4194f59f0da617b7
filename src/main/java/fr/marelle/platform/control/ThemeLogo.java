package fr.marelle.platform.control;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The theme's logo for documents (PDF invoices, receipts): the rectangles and circles of its
 * {@code logo.svg}, drawn as a PNG. Themes keep their logo to these two shapes so that documents
 * need no SVG renderer; anything else in the file is left out.
 */
public final class ThemeLogo {

    /** One filled shape, in the SVG's own units. */
    public record Shape(Kind kind, double x, double y, double width, double height, double radius, Color fill) {
        public enum Kind { RECT, CIRCLE }
    }

    private final double viewWidth;
    private final double viewHeight;
    private final List<Shape> shapes;

    private ThemeLogo(double viewWidth, double viewHeight, List<Shape> shapes) {
        this.viewWidth = viewWidth;
        this.viewHeight = viewHeight;
        this.shapes = List.copyOf(shapes);
    }

    /** The logo's shapes, or empty when the file is not a readable SVG with at least one of them. */
    public static Optional<ThemeLogo> parse(byte[] svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getDocumentElement();
            double[] box = viewBox(root);
            List<Shape> shapes = new ArrayList<>();
            NodeList all = root.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Node node = all.item(i);
                Element e = (Element) node;
                Color fill = color(e.getAttribute("fill"));
                if (fill == null) {
                    continue;
                }
                if ("rect".equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                    shapes.add(new Shape(Shape.Kind.RECT, number(e, "x"), number(e, "y"), number(e, "width"), number(e, "height"),
                            number(e, "rx"), fill));
                } else if ("circle".equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                    double r = number(e, "r");
                    shapes.add(new Shape(Shape.Kind.CIRCLE, number(e, "cx") - r, number(e, "cy") - r, 2 * r, 2 * r, r, fill));
                }
            }
            return shapes.isEmpty() || box == null ? Optional.empty() : Optional.of(new ThemeLogo(box[0], box[1], shapes));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    public List<Shape> shapes() {
        return shapes;
    }

    /** The logo as a PNG of the given size in pixels (the longer side), on a transparent background. */
    public byte[] png(int size) {
        double scale = size / Math.max(viewWidth, viewHeight);
        BufferedImage image = new BufferedImage((int) Math.ceil(viewWidth * scale), (int) Math.ceil(viewHeight * scale),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(scale, scale);
            for (Shape s : shapes) {
                g.setColor(s.fill());
                g.fill(s.kind() == Shape.Kind.CIRCLE
                        ? new Ellipse2D.Double(s.x(), s.y(), s.width(), s.height())
                        : new RoundRectangle2D.Double(s.x(), s.y(), s.width(), s.height(), 2 * s.radius(), 2 * s.radius()));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("logo not drawn", e);
        }
        return out.toByteArray();
    }

    private static double[] viewBox(Element root) {
        String box = root.getAttribute("viewBox").strip();
        if (!box.isEmpty()) {
            String[] parts = box.split("[\\s,]+");
            if (parts.length == 4) {
                return new double[]{Double.parseDouble(parts[2]), Double.parseDouble(parts[3])};
            }
        }
        String w = root.getAttribute("width").replace("px", "");
        String h = root.getAttribute("height").replace("px", "");
        return w.isEmpty() || h.isEmpty() ? null : new double[]{Double.parseDouble(w), Double.parseDouble(h)};
    }

    private static double number(Element e, String attribute) {
        String value = e.getAttribute(attribute).replace("px", "").strip();
        return value.isEmpty() ? 0 : Double.parseDouble(value);
    }

    /** {@code #rgb} or {@code #rrggbb}; anything else (none, gradients, names) is not drawn. */
    static Color color(String fill) {
        String f = fill == null ? "" : fill.strip();
        if (f.matches("#[0-9a-fA-F]{6}")) {
            return new Color(Integer.parseInt(f.substring(1), 16));
        }
        if (f.matches("#[0-9a-fA-F]{3}")) {
            return new Color(Integer.parseInt("" + f.charAt(1) + f.charAt(1) + f.charAt(2) + f.charAt(2) + f.charAt(3) + f.charAt(3), 16));
        }
        return null;
    }
}
