package ru.edu.mentoring.web;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Formats messages with ICU, so bundles can say {@code {0, plural, one{# пара} few{# пары} many{# пар} other{# пары}}}
 * and numbers print the Russian way («1 234»). A message without arguments is returned as written.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null) {
            return null;
        }
        Locale effective = locale == null ? Locale.getDefault() : locale;
        if (args == null || args.length == 0) {
            return super.getMessageInternal(code, args, effective);
        }
        String pattern = resolveCodeWithoutArguments(code, effective);
        if (pattern == null) {
            return super.getMessageInternal(code, args, effective);
        }
        Object[] resolved = resolveArguments(args, effective);
        MessageFormat format = formats.computeIfAbsent(effective.toLanguageTag() + '\u0000' + pattern,
                k -> new MessageFormat(pattern, effective));
        synchronized (format) {
            return format.format(resolved);
        }
    }
}
