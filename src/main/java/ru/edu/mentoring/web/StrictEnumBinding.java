package ru.edu.mentoring.web;

import java.beans.PropertyDescriptor;
import java.beans.PropertyEditorSupport;
import java.util.Collection;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Options of a form object (an enum, or a set of enums from checkboxes) are bound strictly. Spring's fallback trims
 * a refused value with {@link String#trim()} and takes the empty result as «no choice», so a lone NUL cleared a select
 * or a checkbox set instead of being refused. Here a control character is a type mismatch with the Russian
 * {@code typeMismatch} message next to the field; blank is still no choice.
 */
@ControllerAdvice
class StrictEnumBinding {

    @InitBinder
    void options(WebDataBinder binder) {
        // a form object is created by the binder itself (constructor binding): often only its type is known here
        Object target = binder.getTarget();
        Class<?> formClass = target != null ? target.getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (formClass == null || BeanUtils.isSimpleProperty(formClass)) {
            return;
        }
        for (PropertyDescriptor p : BeanUtils.getPropertyDescriptors(formClass)) {
            if (p.getWriteMethod() == null) {
                continue;
            }
            Class<?> type = p.getPropertyType();
            if (type.isEnum()) {
                binder.registerCustomEditor(type, p.getName(), new Editor(type));
            } else if (Collection.class.isAssignableFrom(type)) {
                Class<?> element = ResolvableType.forMethodParameter(p.getWriteMethod(), 0).asCollection()
                        .resolveGeneric(0);
                if (element != null && element.isEnum()) {
                    @SuppressWarnings("unchecked")
                    Class<? extends Collection<?>> collection = (Class<? extends Collection<?>>) type;
                    binder.registerCustomEditor(type, p.getName(), new CustomCollectionEditor(collection) {
                        @Override
                        protected Object convertElement(Object value) {
                            return value instanceof String s ? option(element, s) : value;
                        }
                    });
                }
            }
        }
    }

    /** The constant named by the text; null when blank; IllegalArgumentException (a type mismatch) otherwise. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object option(Class<?> type, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new IllegalArgumentException("control character in an option");
            }
        }
        String value = text.strip();
        return value.isEmpty() ? null : Enum.valueOf((Class<? extends Enum>) type, value);
    }

    static final class Editor extends PropertyEditorSupport {

        private final Class<?> type;

        Editor(Class<?> type) {
            this.type = type;
        }

        @Override
        public void setAsText(String text) {
            setValue(option(type, text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : ((Enum<?>) value).name();
        }
    }
}
