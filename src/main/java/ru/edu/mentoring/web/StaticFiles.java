package ru.edu.mentoring.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The app's static files (stylesheets, scripts, images, WebJars) are served without reading the session: a page
 * loads several of them, and each session read is a database statement. The absolute session timeout and the flash
 * messages ({@link BoundedFlashMaps}) leave them alone.
 */
public final class StaticFiles {

    private StaticFiles() {}

    /** True for a request of a static file. */
    public static boolean requested(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }
}
