package fr.marelle.platform.boundary;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OnePolicyHeaderResponseTest {

    @Test
    void aSecondPolicyReplacesTheFirstAndOtherHeadersAddUp() {
        List<String> calls = new ArrayList<>();
        HttpServletResponse recorded = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + " " + args[0] + ": " + args[1]);
                    return null;
                });
        HttpServletResponse response = new OnePolicyHeaderResponse(recorded);

        response.setHeader("Content-Security-Policy", "script-src 'self'");
        response.addHeader("content-security-policy", "script-src 'self' 'nonce-x';");
        response.addHeader("Vary", "Accept");

        assertEquals(List.of("setHeader Content-Security-Policy: script-src 'self'",
                "setHeader content-security-policy: script-src 'self' 'nonce-x';",
                "addHeader Vary: Accept"), calls);
    }
}
