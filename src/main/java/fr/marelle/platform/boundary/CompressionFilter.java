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

    /** Chooses, at the first byte written, between a gzip stream and the plain one. */
    static final class GzipResponse extends HttpServletResponseWrapper {

        private ServletOutputStream stream;
        private PrintWriter writer;
        private GZIPOutputStream gzip;

        GzipResponse(HttpServletResponse response) {
            super(response);
        }

        private boolean compressing() {
            HttpServletResponse r = (HttpServletResponse) getResponse();
            return r.getHeader("Content-Encoding") == null && r.getStatus() != SC_NO_CONTENT
                    && r.getStatus() != SC_NOT_MODIFIED && compressible(r.getContentType());
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was called already");
            }
            if (stream == null) {
                stream = open();
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (stream != null && writer == null) {
                throw new IllegalStateException("getOutputStream() was called already");
            }
            if (writer == null) {
                stream = open();
                Charset charset = getCharacterEncoding() == null ? StandardCharsets.ISO_8859_1 : Charset.forName(getCharacterEncoding());
                writer = new PrintWriter(new OutputStreamWriter(stream, charset), false);
            }
            return writer;
        }

        private ServletOutputStream open() throws IOException {
            ServletOutputStream plain = getResponse().getOutputStream();
            if (!compressing()) {
                return plain;
            }
            HttpServletResponse r = (HttpServletResponse) getResponse();
            r.setHeader("Content-Encoding", "gzip");
            r.setHeader("Content-Length", null);
            gzip = new GZIPOutputStream(plain, 8192, true);
            return new Compressed(plain, gzip);
        }

        @Override
        public void setContentLength(int length) {
            if (gzip == null && stream == null && !compressing()) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (gzip == null && stream == null && !compressing()) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!("Content-Length".equalsIgnoreCase(name) && (gzip != null || compressing()))) {
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
            if (gzip != null) {
                throw new IllegalStateException("the compressed answer has started");
            }
            super.resetBuffer();
        }

        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (gzip != null) {
                gzip.finish();
            }
        }
    }

    /** The servlet stream that writes through gzip. */
    private static final class Compressed extends ServletOutputStream {

        private final ServletOutputStream plain;
        private final OutputStream gzip;

        Compressed(ServletOutputStream plain, OutputStream gzip) {
            this.plain = plain;
            this.gzip = gzip;
        }

        @Override
        public void write(int b) throws IOException {
            gzip.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            gzip.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            gzip.flush();
        }

        @Override
        public void close() throws IOException {
            gzip.close();
        }

        @Override
        public boolean isReady() {
            return plain.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            plain.setWriteListener(listener);
        }
    }
}
