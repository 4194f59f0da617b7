package fr.marelle.platform.boundary;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * The portal's own style sheets and scripts are addressed with a digest of their content
 * ({@code portal.css.xhtml?v=3f9a1c2e}) and kept a year by browsers: a new version has a new address,
 * so a phone downloads each file once per release instead of asking again every week. Resources of
 * libraries (PrimeFaces) carry their library's version already and are left as they are.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    static final String CACHE_FOR_A_YEAR = "public, max-age=31536000, immutable";

    private final Map<String, String> digests = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        Resource resource = super.createResource(resourceName, libraryName);
        return resource == null || libraryName != null ? resource : new Versioned(resource);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        Resource resource = super.createResource(resourceName, libraryName, contentType);
        return resource == null || libraryName != null ? resource : new Versioned(resource);
    }

    private String digest(Resource resource) {
        return digests.computeIfAbsent(resource.getResourceName(), name -> {
            CRC32 crc = new CRC32();
            try (InputStream in = resource.getInputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    crc.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return HexFormat.of().toHexDigits((int) crc.getValue());
        });
    }

    private final class Versioned extends ResourceWrapper {

        Versioned(Resource wrapped) {
            super(wrapped);
        }

        @Override
        public String getRequestPath() {
            String path = super.getRequestPath();
            return path + (path.contains("?") ? "&" : "?") + "v=" + digest(getWrapped());
        }

        @Override
        public Map<String, String> getResponseHeaders() {
            Map<String, String> headers = new HashMap<>(super.getResponseHeaders());
            String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("v");
            if (digest(getWrapped()).equals(asked)) {
                headers.put("Cache-Control", CACHE_FOR_A_YEAR);
            }
            return headers;
        }
    }
}
