package ru.edu.mentoring.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The made-up samples of the МР-42/02 tables (issue 17 point 3): 30 rows of «База наставников» and 30 of «База
 * наставляемых» of «МАОУ СОШ № 5», with the consent columns the import also reads. Each comes twice in
 * {@code src/test/resources/import/}: as schools keep it (a title row and a blank row above the header:
 * {@code mr42-mentors.xlsx}, {@code mr42-mentees.xlsx}) and with the header as the first row
 * ({@code mr42-mentors-header-first.xlsx}, …), which today's reader loads (the reader that finds the header in the
 * first 20 rows is another branch's work). {@code -DwriteMr42Samples=true} on {@link Mr42SamplesTest} writes them.
 */
public final class Mr42Samples {

    public static final String SCHOOL = "МАОУ СОШ № 5";
    public static final int ROWS = 30;

    private static final String[] TEACHERS = {
        "Абрамова Наталья Викторовна;учитель математики;1972;олимпиадная математика, подготовка к ОГЭ;"
                + "победитель конкурса «Учитель года — 2019»;шахматы, туризм",
        "Белоусов Андрей Петрович;учитель физики;1968;робототехника, проектная деятельность;"
                + "руководитель призёров регионального этапа ВсОШ;радиотехника",
        "Власова Ирина Сергеевна;учитель русского языка и литературы;1979;методика урока, классное руководство;"
                + "высшая квалификационная категория;театр, чтение",
        "Гордеева Светлана Юрьевна;учитель начальных классов;1981;адаптация первоклассников;"
                + "автор программы «Школа первоклассника»;рукоделие",
        "Дмитриев Олег Николаевич;учитель информатики;1985;программирование, цифровая грамотность;"
                + "наставник команды — финалиста IT-кейсов;велоспорт",
        "Ерёмина Татьяна Алексеевна;учитель английского языка;1976;подготовка к ЕГЭ, разговорная практика;"
                + "эксперт ЕГЭ;путешествия",
        "Жукова Марина Владимировна;педагог-психолог;1983;тревожность, конфликты, адаптация;"
                + "сертифицированный медиатор;йога",
        "Захаров Игорь Валентинович;учитель истории;1970;исследовательские работы, музейная педагогика;"
                + "руководитель школьного музея;краеведение",
        "Ильина Ольга Геннадьевна;учитель химии;1974;лабораторный практикум;почётная грамота Минпросвещения;"
                + "садоводство",
        "Кузнецова Елена Михайловна;учитель биологии;1988;экологические проекты;"
                + "победитель муниципального конкурса проектов;фотография",
        "Лаптев Денис Андреевич;учитель физической культуры;1990;ГТО, школьный спортивный клуб;"
                + "мастер спорта по лыжным гонкам;лыжи",
        "Морозова Анна Игоревна;заместитель директора по УВР;1975;методическая работа, наставничество педагогов;"
                + "руководитель муниципального методобъединения;музыка"};

    private static final String[] PUPILS = {
        "Никитин Артём Сергеевич;9А;2011", "Орлова Полина Дмитриевна;9Б;2011", "Павлов Кирилл Андреевич;10А;2010",
        "Родионова Вероника Олеговна;10 «Б»;2010", "Савельев Матвей Ильич;11 класс;2009",
        "Тихонова Дарья Максимовна;11А;2009", "Ушаков Глеб Романович;8А;2012", "Фомина Алиса Евгеньевна;9 А;2011",
        "Хохлов Тимур Русланович;10-а;2010", "Цветкова Ева Артёмовна;11Б;2009"};

    private static final String[] EMPLOYERS = {
        "Чернов Виктор Алексеевич;ООО «Уралтрубпром»;инженер-технолог;1980",
        "Шевченко Оксана Павловна;АО «Первоуральский хлебозавод»;главный технолог;1977",
        "Щербаков Станислав Ильич;ПАО «Сбербанк», офис № 7003;менеджер по работе с клиентами;1991",
        "Юдина Алла Фёдоровна;ГАУЗ СО «Городская больница»;врач-педиатр;1984",
        "Яковлев Роман Евгеньевич;ООО «ТехноПарк Урал»;программист;1993"};

    private static final String[] UNIVERSITY = {
        "Аксёнова Мария Денисовна;УрФУ имени первого Президента России Б. Н. Ельцина;студент 3 курса;2004",
        "Брагин Илья Олегович;УрГПУ;студент 4 курса;2003",
        "Воронцова Юлия Артёмовна;Первоуральский металлургический колледж;студент 2 курса;2006"};

    private static final String[] MENTEE_PUPILS = {
        "Голубев Даниил Игоревич;5А;2015;Адаптация в новом классе", "Денисова Алёна Павловна;5Б;2015;Подготовка к олимпиаде по математике",
        "Егоров Максим Андреевич;6А;2014;Трудности с чтением", "Жданова Виктория Сергеевна;6Б;2014;Профориентация",
        "Зуев Никита Олегович;7А;2013;Неуспеваемость по физике", "Исаева Ксения Романовна;7 «Б»;2013;Проектная работа по экологии",
        "Карпов Лев Денисович;7А;2013;Конфликты с одноклассниками", "Лебедева Софья Ильинична;8А;2012;Подготовка к ОГЭ по русскому языку",
        "Макаров Егор Викторович;8Б;2012;Программирование", "Назарова Милана Алексеевна;8А;2012;Публичные выступления",
        "Осипов Ярослав Евгеньевич;5А;2015;Адаптация после переезда", "Попова Анастасия Кирилловна;6А;2014;Английский язык",
        "Рябов Арсений Максимович;6Б;2014;Робототехника", "Сорокина Злата Дмитриевна;7А;2013;Выбор профиля обучения",
        "Титов Марк Сергеевич;7Б;2013;Трудности с математикой", "Уварова Алина Олеговна;8Б;2012;Волонтёрский проект",
        "Филиппов Богдан Андреевич;5Б;2015;Школьные правила и режим дня", "Харитонова Ульяна Игоревна;6А;2014;Шахматы",
        "Цыганов Семён Павлович;7А;2013;Исследовательская работа по истории", "Чистякова Вера Николаевна;8А;2012;Профессии медицины",
        "Шилов Тимофей Юрьевич;5А;2015;Мотивация к учёбе", "Щукина Дарина Романовна;6Б;2014;Подготовка к олимпиаде по биологии",
        "Юрьев Глеб Артёмович;7Б;2013;Финансовая грамотность", "Яшина Полина Евгеньевна;8Б;2012;Тревожность перед экзаменами"};

    private static final String[] YOUNG_TEACHERS = {
        "Алексеева Дарья Игоревна;учитель русского языка;1999;Методика проведения уроков",
        "Богданов Павел Сергеевич;учитель физики;2000;Дисциплина на уроке",
        "Волкова Кристина Андреевна;учитель начальных классов;2001;Работа с родителями",
        "Григорьев Илья Максимович;учитель истории;1998;Подготовка рабочих программ",
        "Давыдова Ангелина Олеговна;учитель английского языка;2000;Проектная деятельность",
        "Ефимов Артур Дмитриевич;учитель информатики;2002;Классное руководство"};

    private static final String[] FORMS_OF_PUPILS = {"ученик – ученик", "учитель – ученик", "студент – ученик",
        "работодатель – ученик"};

    private Mr42Samples() {}

    /** «База наставников»: 12 teachers, 10 pupils (parents' consents), 5 employers' people, 3 students. */
    public static byte[] mentors(boolean titleRow) {
        List<String> headers = new ArrayList<>(ImportBlankController.MENTORS);
        headers.addAll(ImportBlankController.CONSENT);
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        for (String t : TEACHERS) {
            String[] f = t.split(";");
            rows.add(new Object[] {f[0], SCHOOL, f[1], "+7 (3439) 22-" + (10 + n) + "-0" + (n % 10) + ", каб. " + (20 + n),
                Integer.parseInt(f[2]), f[3], f[4], f[5], n % 2 == 0 ? "12–15 лет" : "молодые специалисты",
                "вторник, 15:00, каб. " + (20 + n), "—", n % 3 == 0 ? "учитель – учитель" : "учитель – ученик",
                LocalDate.of(2025, 9, 1 + n), SCHOOL, "https://school5.example.ru/nastavnichestvo/" + (n + 1),
                LocalDate.of(2025, 8, 28), "сам", null, null, "2025-1"});
            n++;
        }
        for (String p : PUPILS) {
            String[] f = p.split(";");
            String parent = parent(f[0].split(" ")[0], n % 2 == 0);
            rows.add(new Object[] {f[0], SCHOOL, f[1], null, Integer.parseInt(f[2]),
                "помощь в учёбе, школьные проекты", "призёр школьного этапа олимпиады", "спорт, музыка",
                "5–7 класс", "большая перемена, библиотека", "Голубев Д., Денисова А.", "ученик – ученик",
                LocalDate.of(2025, 10, 1), SCHOOL, null,
                LocalDate.of(2025, 9, 5), n % 2 == 0 ? "родитель" : "законный представитель", parent,
                n % 2 == 0 ? "до 31.08.2027" : "3 года", "2025-1"});
            n++;
        }
        for (String e : EMPLOYERS) {
            String[] f = e.split(";");
            rows.add(new Object[] {f[0], f[1], f[2], "e-mail: mentor" + n + "@example.org", Integer.parseInt(f[3]),
                "профориентация, " + f[2], "опыт работы более 10 лет", "наука и техника", "14–17 лет",
                "четверг, 16:00, кабинет профориентации", null, "работодатель – ученик", LocalDate.of(2025, 11, 1),
                SCHOOL, null, LocalDate.of(2025, 10, 20), "сам", null, "бессрочно", "2025-1"});
            n++;
        }
        for (String u : UNIVERSITY) {
            String[] f = u.split(";");
            rows.add(new Object[] {f[0], f[1], f[2], null, Integer.parseInt(f[3]),
                "подготовка к ЕГЭ, поступление в вуз", "стипендиат губернатора", "волонтёрство",
                "10–11 класс", "онлайн, суббота 12:00", null, "студент – ученик", LocalDate.of(2025, 11, 15), SCHOOL,
                null, LocalDate.of(2025, 11, 10), "сам", null, "до 30.06.2027", "2025-1"});
            n++;
        }
        return workbook("База наставников", "База наставников " + SCHOOL + " на 2025/26 учебный год", headers,
                rows, titleRow);
    }

    /** «База наставляемых»: 24 pupils (parents' consents) and 6 young teachers (their own). */
    public static byte[] mentees(boolean titleRow) {
        List<String> headers = new ArrayList<>(ImportBlankController.MENTEES);
        headers.addAll(ImportBlankController.CONSENT);
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        for (String p : MENTEE_PUPILS) {
            String[] f = p.split(";");
            String surname = f[0].split(" ")[0];
            rows.add(new Object[] {f[0], SCHOOL, f[1], "+7 (912) 600-" + (10 + n) + "-" + (10 + n) + " (мама)",
                Integer.parseInt(f[2]), f[3], FORMS_OF_PUPILS[n % FORMS_OF_PUPILS.length], LocalDate.of(2025, 10, 1),
                n % 2 == 0 ? "Никитин Артём Сергеевич" : "Абрамова Наталья Викторовна", "Программа наставничества "
                + SCHOOL + " на 2025–2027 гг.", null, null, null, null,
                LocalDate.of(2025, 9, 10), n % 3 == 0 ? "законный представитель" : "родитель",
                parent(surname, n % 2 == 0),
                n % 2 == 0 ? "до 31.08.2028" : null, "2025-1"});
            n++;
        }
        for (String t : YOUNG_TEACHERS) {
            String[] f = t.split(";");
            rows.add(new Object[] {f[0], SCHOOL, f[1], "каб. " + (30 + n), Integer.parseInt(f[2]), f[3],
                "учитель – учитель", LocalDate.of(2025, 9, 15), "Морозова Анна Игоревна",
                "Программа наставничества педагогов", null, null, null, null,
                LocalDate.of(2025, 9, 1), "сам", null, "5 лет", "2025-1"});
            n++;
        }
        return workbook("База наставляемых", "База наставляемых " + SCHOOL + " на 2025/26 учебный год", headers,
                rows, titleRow);
    }

    /** A parent's name: the mother's or the father's form of the child's surname. */
    private static String parent(String surname, boolean mother) {
        boolean female = surname.endsWith("а");
        return mother ? (female ? surname : surname + "а") + " Ирина Петровна"
                : (female ? surname.substring(0, surname.length() - 1) : surname) + " Сергей Владимирович";
    }

    private static byte[] workbook(String sheetName, String title, List<String> headers, List<Object[]> rows,
            boolean titleRow) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            int r = 0;
            if (titleRow) {
                sheet.createRow(r++).createCell(0).setCellValue(title);
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
                r++; // a blank row under the title, as in the schools' files
            }
            Row header = sheet.createRow(r++);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.length; i++) {
                    Object v = values[i];
                    if (v instanceof String s) {
                        row.createCell(i).setCellValue(s);
                    } else if (v instanceof Integer number) {
                        row.createCell(i).setCellValue(number);
                    } else if (v instanceof LocalDate d) {
                        var cell = row.createCell(i);
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A committed sample, from the test resources. */
    public static byte[] read(String name) {
        try (InputStream in = Mr42Samples.class.getResourceAsStream("/import/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the four files into the folder. */
    static void writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve("mr42-mentors.xlsx"), mentors(true));
        Files.write(folder.resolve("mr42-mentors-header-first.xlsx"), mentors(false));
        Files.write(folder.resolve("mr42-mentees.xlsx"), mentees(true));
        Files.write(folder.resolve("mr42-mentees-header-first.xlsx"), mentees(false));
    }
}
