package fr.marelle.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The OpenAPI document in YAML as {@code application/yaml} (RFC 9512). Payara's /openapi servlet, which it adds to
 * the application at the root context, labels its YAML {@code text/plain} and knows no other name for it: a client
 * asking for {@code application/yaml} is given the YAML, and the answer carries that type.
 */
public class OpenApiMediaTypeFilter extends HttpFilter {

    static final String YAML = "application/yaml";
    private static final String PAYARA_YAML = "text/plain";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new AcceptingYaml(request), new LabellingYaml(response));
    }

    private static final class AcceptingYaml extends HttpServletRequestWrapper {
        AcceptingYaml(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            String value = super.getHeader(name);
            return "Accept".equalsIgnoreCase(name) && value != null ? asPayaraNamesIt(value) : value;
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!"Accept".equalsIgnoreCase(name)) {
                return super.getHeaders(name);
            }
            return Collections.enumeration(Collections.list(super.getHeaders(name)).stream()
                    .map(AcceptingYaml::asPayaraNamesIt).toList());
        }

        private static String asPayaraNamesIt(String accept) {
            return accept.replace(YAML, PAYARA_YAML).replace("application/x-yaml", PAYARA_YAML);
        }
    }

    private static final class LabellingYaml extends HttpServletResponseWrapper {
        LabellingYaml(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(relabelled(type));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? relabelled(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? relabelled(value) : value);
        }

        private static String relabelled(String type) {
            return type != null && type.startsWith(PAYARA_YAML) ? YAML + ";charset=UTF-8" : type;
        }
    }
}
