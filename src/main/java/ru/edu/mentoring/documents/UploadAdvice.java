package ru.edu.mentoring.documents;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload the container refused for its size (one that {@link UploadLimitFilter} could not see coming, e.g. sent
 * without a length) goes back to the register with the Russian message, never a stack trace.
 */
@ControllerAdvice
class UploadAdvice {

    private static final Pattern UPLOAD_PATH = Pattern.compile("^/documents/school/(\\d+)$");

    private final SessionFlashMapManager flash = new SessionFlashMapManager();

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher m = UPLOAD_PATH.matcher(path);
        if (!m.matches()) {
            throw e; // another module's upload: left to the other resolvers
        }
        UploadLimitFilter.redirectWithMessage(request, response, flash, "/documents/school/" + m.group(1));
    }
}
