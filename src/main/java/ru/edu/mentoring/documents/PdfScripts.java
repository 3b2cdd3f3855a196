package ru.edu.mentoring.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Whether a PDF carries something a reader would run: a JavaScript action or name tree ({@code /JS},
 * {@code /JavaScript}, also as an {@code /OpenAction} or an annotation's or form field's action) or a
 * {@code /Launch} action. The file's bytes are scanned as written, and every object PDFBox finds is visited too,
 * since a compressed object stream hides its dictionaries from a byte scan. A file PDFBox cannot read is judged by
 * the byte scan alone (its type was already checked by the first bytes).
 */
final class PdfScripts {

    private static final Pattern RAW = Pattern.compile("/(JS|JavaScript|Launch)(?![A-Za-z0-9])");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");

    private PdfScripts() {}

    static boolean present(byte[] bytes) {
        if (RAW.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find()) {
            return true;
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            COSDocument cos = document.getDocument();
            Map<COSBase, Boolean> seen = new IdentityHashMap<>();
            if (scripted(cos.getTrailer(), seen)) {
                return true;
            }
            for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
                COSObject object = cos.getObjectFromPool(key);
                if (object != null && scripted(object.getObject(), seen)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Looks through a dictionary or array and the direct objects inside it; references are visited on their own. */
    private static boolean scripted(COSBase base, Map<COSBase, Boolean> seen) {
        if (base == null || base instanceof COSObject || seen.put(base, Boolean.TRUE) != null) {
            return false;
        }
        if (base instanceof COSDictionary dictionary) {
            if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)) {
                return true;
            }
            COSName action = dictionary.getCOSName(COSName.S);
            if (COSName.JAVA_SCRIPT.equals(action) || LAUNCH.equals(action)) {
                return true;
            }
            for (COSBase value : dictionary.getValues()) {
                if (scripted(value, seen)) {
                    return true;
                }
            }
        } else if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (scripted(array.get(i), seen)) {
                    return true;
                }
            }
        }
        return false;
    }
}
