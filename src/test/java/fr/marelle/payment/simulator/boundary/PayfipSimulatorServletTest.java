package fr.marelle.payment.simulator.boundary;

import fr.marelle.payment.control.PayfipSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Switched off (production's default), the simulator answers 404 to everything and touches nothing. */
class PayfipSimulatorServletTest {

    private static HttpServletRequest request(String pathInfo) {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass(HttpServletRequest.class), new Class<?>[]{HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPathInfo" -> pathInfo;
                    case "getParameter" -> "true";
                    default -> throw new AssertionError("the switched-off simulator must not call " + method.getName());
                });
    }

    private static HttpServletResponse response(List<Integer> errors) {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass(HttpServletResponse.class), new Class<?>[]{HttpServletResponse.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("sendError")) {
                        errors.add((Integer) args[0]);
                        return null;
                    }
                    throw new AssertionError("the switched-off simulator must not call " + method.getName());
                });
    }

    private static ClassLoader getClass(Class<?> type) {
        return type.getClassLoader();
    }

    @Test
    void everyAddressOfTheSwitchedOffSimulatorIsNotFound() throws Exception {
        PayfipSimulatorServlet servlet = new PayfipSimulatorServlet();
        servlet.settings = new PayfipSettings() {
            @Override
            public boolean simulatorEnabled() {
                return false;
            }
        };
        List<Integer> errors = new ArrayList<>();
        for (String path : List.of("/tpa/services/securite", "/tpa/paiementws.web", "/admin/unavailable", "/releve.csv")) {
            servlet.doPost(request(path), response(errors));
            servlet.doGet(request(path), response(errors));
        }
        assertEquals(List.of(404, 404, 404, 404, 404, 404, 404, 404), errors);
    }
}
