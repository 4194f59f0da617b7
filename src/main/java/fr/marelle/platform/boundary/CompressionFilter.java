package fr.marelle.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses text answers (pages, style sheets, scripts, JSON, SVG) with gzip for the browsers that
 * accept it: a page of the portal is a fifth of its size on the wire, which is what a phone on a
 * weak network waits for. What is compressed is decided when the answer starts, from its content
 * type; PDFs, images and the PayFiP SOAP exchanges go as they are.
 */
public class CompressionFilter extends HttpFilter {

    static final Set<String> COMPRESSED = Set.of("text/html", "text/css", "text/javascript", "application/javascript",
            "application/json", "application/problem+json", "image/svg+xml", "text/plain", "text/calendar", "text/csv",
            "application/yaml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String accepted = request.getHeader("Accept-Encoding");
        if (accepted == null || !accepted.toLowerCase(Locale.ROOT).contains("gzip") || "HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        response.addHeader("Vary", "Accept-Encoding");
        GzipResponse gzip = new GzipResponse(response);
        try {
            chain.doFilter(request, gzip);
        } finally {
            gzip.finish();
        }
    }

    static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return COMPRESSED.contains(type);
    }

    /**
     * Chooses, at the first byte written, between a gzip stream and the plain one: the content type
     * is known by then (a Faces resource sets it only after asking for the stream). A length set
     * before is passed on only for an answer that is not compressed.
     */
    static final class GzipResponse extends HttpServletResponseWrapper {

        private Deciding stream;
        private PrintWriter writer;
        private Long length;

        GzipResponse(HttpServletResponse response) {
            super(response);
        }

        private boolean compressible() {
            HttpServletResponse r = (HttpServletResponse) getResponse();
            return r.getHeader("Content-Encoding") == null && r.getStatus() != SC_NO_CONTENT
                    && r.getStatus() != SC_NOT_MODIFIED && CompressionFilter.compressible(r.getContentType());
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was called already");
            }
            if (stream == null) {
                stream = new Deciding(this);
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (stream != null && writer == null) {
                throw new IllegalStateException("getOutputStream() was called already");
            }
            if (writer == null) {
                stream = new Deciding(this);
                Charset charset = getCharacterEncoding() == null ? StandardCharsets.ISO_8859_1 : Charset.forName(getCharacterEncoding());
                writer = new PrintWriter(new OutputStreamWriter(stream, charset), false);
            }
            return writer;
        }

        /** The stream to write to, decided now: gzip for a compressible answer, else the plain one. */
        OutputStream decide() throws IOException {
            ServletOutputStream plain = getResponse().getOutputStream();
            if (!compressible()) {
                if (length != null) {
                    super.setContentLengthLong(length);
                }
                return plain;
            }
            ((HttpServletResponse) getResponse()).setHeader("Content-Encoding", "gzip");
            return new GZIPOutputStream(plain, 8192, true);
        }

        @Override
        public void setContentLength(int length) {
            setContentLengthLong(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            if (stream != null && stream.decided()) {
                if (!stream.compressing()) {
                    super.setContentLengthLong(length);
                }
            } else {
                this.length = length;
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setContentLengthLong(Long.parseLong(value));
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (stream != null) {
                stream.flush();
            }
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            if (stream != null && stream.decided()) {
                throw new IllegalStateException("the answer has started");
            }
            super.resetBuffer();
        }

        /** Writes what gzip still holds, and for an answer with no body at all, its length. */
        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (stream != null) {
                stream.finish();
            } else if (length != null) {
                super.setContentLengthLong(length);
            }
        }
    }

    /** The servlet stream that decides at its first byte where the bytes go. */
    private static final class Deciding extends ServletOutputStream {

        private final GzipResponse response;
        private OutputStream target;

        Deciding(GzipResponse response) {
            this.response = response;
        }

        boolean decided() {
            return target != null;
        }

        boolean compressing() {
            return target instanceof GZIPOutputStream;
        }

        private OutputStream target() throws IOException {
            if (target == null) {
                target = response.decide();
            }
            return target;
        }

        @Override
        public void write(int b) throws IOException {
            target().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) {
                target().write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (target != null) {
                target.flush();
            }
        }

        @Override
        public void close() throws IOException {
            target().close();
        }

        void finish() throws IOException {
            if (target instanceof GZIPOutputStream gzip) {
                gzip.finish();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("non-blocking writes are not compressed");
        }
    }
}
