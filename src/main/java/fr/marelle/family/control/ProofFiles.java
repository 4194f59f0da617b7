package fr.marelle.family.control;

import fr.marelle.platform.control.Violation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Proof documents (e.g. the family-allowance certificate): PDF, PNG or JPEG of at most 5 MB,
 * recognised by their first bytes, never by their name or the type the browser claims.
 */
public final class ProofFiles {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private ProofFiles() {
    }

    /** The media type read from the content, or null when it is none of the accepted types. */
    public static String detectType(byte[] content) {
        if (content == null) {
            return null;
        }
        if (startsWith(content, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(content, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return JPEG;
        }
        return null;
    }

    /** The media type of an acceptable proof; otherwise adds the violation that says why and returns null. */
    public static String check(String field, byte[] content, List<Violation> violations) {
        if (content == null || content.length == 0) {
            violations.add(Violation.of(field, "proof.empty"));
            return null;
        }
        if (content.length > MAX_BYTES) {
            violations.add(Violation.of(field, "proof.tooLarge", MAX_BYTES / (1024 * 1024)));
            return null;
        }
        String type = detectType(content);
        if (type == null) {
            violations.add(Violation.of(field, "proof.type"));
        }
        return type;
    }

    public static String extension(String type) {
        return switch (type) {
            case PDF -> "pdf";
            case PNG -> "png";
            case JPEG -> "jpg";
            default -> "bin";
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
