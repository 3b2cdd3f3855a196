package ru.edu.mentoring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash messages wait in the session for the page they are meant for, and Spring keeps every one that page has not
 * yet shown for three minutes. A client that posts and does not follow the redirects (a script, a load test, a user
 * double-submitting in many tabs) makes that list grow with every POST, and the whole list is read and written back
 * on every request of the session. This keeps the {@value #KEPT} newest waiting flash maps: a person never has more
 * pages in flight than that, so what they see does not change. Requests of static files skip the flash messages.
 */
@Configuration(proxyBeanMethods = false)
class BoundedFlashMaps {

    static final int KEPT = 10;

    @Bean
    static BeanPostProcessor boundedFlashMapManager() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME.equals(beanName)
                        && bean.getClass() == SessionFlashMapManager.class ? new Manager() : bean;
            }
        };
    }

    static class Manager extends SessionFlashMapManager {

        /** A static file is no page: its request neither shows nor waits for a flash message (nor reads the session). */
        @Override
        protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
            return StaticFiles.requested(request) ? null : super.retrieveFlashMaps(request);
        }

        @Override
        protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request,
                HttpServletResponse response) {
            super.updateFlashMaps(newest(flashMaps), request, response);
        }
    }

    /** The newest {@value #KEPT} (a new flash map is appended at the end). */
    static List<FlashMap> newest(List<FlashMap> flashMaps) {
        return flashMaps == null || flashMaps.size() <= KEPT ? flashMaps
                : new CopyOnWriteArrayList<>(flashMaps.subList(flashMaps.size() - KEPT, flashMaps.size()));
    }
}
