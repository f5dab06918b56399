package org.reliefdesk.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address of the request being served, for the audit trail. Behind a
 * load balancer, set {@code server.forward-headers-strategy} so this is the real client.
 */
public final class RequestOrigin {

    private RequestOrigin() {
    }

    /** The remote address, or {@code null} outside a web request (jobs, start-up). */
    public static String currentAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
