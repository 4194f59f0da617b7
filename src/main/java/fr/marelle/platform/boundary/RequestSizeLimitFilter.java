package fr.marelle.platform.boundary;

import fr.marelle.platform.control.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ReadListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Refuses request bodies larger than the limit with 413 before anything reads them: 1 MB for
 * forms and JSON, 6 MB for file uploads (5 MB files plus the form around them).
 */
public class RequestSizeLimitFilter extends HttpFilter {

    static final long DEFAULT_LIMIT = 1024 * 1024;
    static final long UPLOAD_LIMIT = 6L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        long limit = type != null && type.startsWith("multipart/") ? UPLOAD_LIMIT : DEFAULT_LIMIT;
        long length = request.getContentLengthLong();
        if (length > limit) {
            tooLarge(request, response, limit);
            return;
        }
        chain.doFilter(length >= 0 ? request : new Limited(request, limit), response);
    }

    static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        var locale = ApiLocale.of(request);
        response.setStatus(413);
        response.setHeader("Connection", "close");
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\""
                + Messages.text(locale, "problem.413", limit / 1024).replace("\"", "'") + "\",\"status\":413}");
    }

    /** Thrown while reading a body that goes past the limit; the API answers 413 (see ProblemMapper). */
    static final class BodyTooLargeException extends IOException {
        final long limit;

        BodyTooLargeException(long limit) {
            super("request body larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    /** A body without Content-Length (chunked) is cut off when it goes past the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long count;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++count > limit) {
                        throw new BodyTooLargeException(limit);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    if (n > 0 && (count += n) > limit) {
                        throw new BodyTooLargeException(limit);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
