package ru.edu.mentoring.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Text to enum for form fields and parameters, strict: Spring's own converter trims with {@link String#trim()}, which
 * also strips control characters, so a lone NUL became «no choice» and slipped past a select or a checkbox. Here a
 * value with a control character is a type mismatch (the Russian {@code typeMismatch} message), blank is no choice,
 * and anything else must name a constant.
 */
final class StrictEnums implements ConverterFactory<String, Enum<?>> {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T extends Enum<?>> Converter<String, T> getConverter(Class<T> targetType) {
        Class<?> enumType = targetType;
        while (enumType != null && !enumType.isEnum()) {
            enumType = enumType.getSuperclass();
        }
        Class<? extends Enum> type = (Class<? extends Enum>) enumType;
        return source -> {
            for (int i = 0; i < source.length(); i++) {
                if (Character.isISOControl(source.charAt(i))) {
                    throw new IllegalArgumentException("control character in an option");
                }
            }
            String value = source.strip();
            return value.isEmpty() ? null : (T) Enum.valueOf(type, value);
        };
    }
}
