package ru.edu.mentoring.web;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Files in as CSV, the way schools save them from Excel or an electronic journal: UTF-8 with or without a BOM, else
 * Windows-1251; semicolon, comma or tab. Records are read by Apache Commons CSV (RFC 4180: quoted fields may hold
 * separators, doubled quotes and line breaks); blank lines are kept as records, so record numbers are the row numbers
 * a spreadsheet shows. Used by the people import and the import of past pairs.
 */
public final class CsvText {

    public static final Charset CP1251 = Charset.forName("windows-1251");

    /** The separators a school's file may use, in the order a tie is decided. */
    public static final char[] SEPARATORS = {';', '\t', ','};

    private CsvText() {}

    /** The length of a UTF-8 byte order mark at the start (3), else 0. */
    public static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    }

    /** UTF-8 when the bytes from {@code start} are well-formed UTF-8 (checked in chunks, no copy), else Windows-1251. */
    public static Charset charsetOf(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return CP1251;
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        return decoder.flush(out).isError() ? CP1251 : StandardCharsets.UTF_8;
    }

    /** The whole text of the bytes, BOM dropped, in the charset {@link #charsetOf} finds. */
    public static String decode(byte[] bytes) {
        int start = bomLength(bytes);
        return new String(bytes, start, bytes.length - start, charsetOf(bytes, start));
    }

    /**
     * The most frequent of {@link #SEPARATORS} outside quotes on the first line that has any (the earlier in that
     * list on a tie; semicolon when none).
     */
    public static char mostFrequentSeparator(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (any) {
                    break;
                }
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                        any = true;
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }

    /** Receives the records one by one: its number (1 = the first), the line it starts on, its cells. */
    public interface RecordSink {
        void record(long number, long firstLine, List<String> cells);
    }

    /** Reads the records, each to the sink as soon as it ends; the sink may throw to stop early. */
    public static void records(Reader in, char separator, RecordSink sink) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setTrailingData(true).setLenientEof(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            long nextLine = 1;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                sink.record(record.getRecordNumber(), nextLine, cells);
                nextLine = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** All the records of a text. */
    public static List<List<String>> records(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        try {
            records(new StringReader(text), separator, (n, line, cells) -> records.add(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }
}
