package ru.edu.mentoring.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every file the portal sends (a response with {@code Content-Disposition}: documents, orders, exports, the subject's
 * export) is marked {@code Cache-Control: no-store}, whatever its handler set, so no browser or proxy keeps a copy
 * of children's data on disk.
 */
@ControllerAdvice
class DownloadsNotStored implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        HttpHeaders headers = response.getHeaders();
        if (headers.containsHeader(HttpHeaders.CONTENT_DISPOSITION)) {
            headers.setCacheControl("no-store");
            headers.setPragma("no-cache");
        }
        return body;
    }
}
