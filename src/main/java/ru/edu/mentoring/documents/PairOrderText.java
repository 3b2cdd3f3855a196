package ru.edu.mentoring.documents;

import java.util.List;

/**
 * The text of an order fixing pairs in the usual form of a Russian order, every phrase already in Russian and every
 * name in its case, so that the PDF and the DOCX print the same words.
 *
 * @param school the school's full name, the header
 * @param place the place of issue («г. Первоуральск»)
 * @param date «25.11.2025», or a blank to fill in by hand
 * @param number «140/1-од», or a blank
 * @param preamble the basis of the order
 * @param item2 «2. Возложить на куратора Иванову Анну Петровну контроль …»
 * @param headPosition «Директор»
 * @param headSignature «А. П. Иванова», or empty
 * @param acquainted who signs «С приказом ознакомлены»: each mentor, then the curator, short names («Иванова А. П.»)
 */
record PairOrderText(String school, String heading, String place, String date, String number, String title, String preamble,
        String order, String item1, List<String> columns, List<Row> rows, String item2, String item3,
        String headPosition, String signBlank, String headSignature, String acquaintedHeading, List<String> acquainted,
        String signatureLine) {

    /** One pair or group: a mentor and their mentees, each with what says who they are. */
    record Row(int number, Person mentor, List<Person> mentees, String form, String period) {}

    /** «Петров Сергей Иванович» and «учитель математики» / «7 «Б» класс». */
    record Person(String name, String role) {

        public String line() {
            return role == null || role.isBlank() ? name : name + ", " + role;
        }
    }
}
