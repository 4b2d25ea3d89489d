package org.badgeportal.apis.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.badgeportal.apis.ApiErrorWriter;
import org.badgeportal.apis.ApiProperties;
import org.badgeportal.apis.PayloadTooLargeException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies of API calls over {@code badges.api.max-body-size} get 413 ({@code max-bulk-body-size} for bulk
 * awards): at once when Content-Length says so, else as soon as reading passes the limit.
 */
public class ApiBodyLimitFilter extends OncePerRequestFilter {

    private static final Pattern BULK_AWARDS = Pattern.compile("^/api/v1/badges/[^/]+/awards$");

    private final long maxBody;
    private final long maxBulkBody;
    private final ApiErrorWriter errors;

    public ApiBodyLimitFilter(ApiProperties properties, ApiErrorWriter errors) {
        this.maxBody = properties.maxBodySize().toBytes();
        this.maxBulkBody = properties.maxBulkBodySize().toBytes();
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = "POST".equals(request.getMethod()) && BULK_AWARDS.matcher(path).matches() ? maxBulkBody : maxBody;
        if (request.getContentLengthLong() > limit) {
            errors.write(request, response, PayloadTooLargeException.error());
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    /** A request whose body stream fails with {@link PayloadTooLargeException} once it passes the limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException();
            }
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
    }
}
