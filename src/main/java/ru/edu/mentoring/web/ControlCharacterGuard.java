package ru.edu.mentoring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses an address whose parameters hold a control character (NUL above all: PostgreSQL refuses 0x00 in text, so
 * a search for it would otherwise fail in the database). Such a request answers 400 with the Russian error page
 * before any handler runs. Forms sent by POST are not refused here: their fields are checked by
 * {@link PlainText}, which shows the message next to the field and keeps the rest of the input.
 */
class ControlCharacterGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        for (String[] values : request.getParameterMap().values()) {
            for (String value : values) {
                if (hasControlCharacter(value)) {
                    throw new BadParameterException();
                }
            }
        }
        return true;
    }

    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** A parameter of the address that cannot be a user's input. */
    static class BadParameterException extends RuntimeException {
        BadParameterException() {
            super("control character in a request parameter", null, false, false);
        }
    }
}
