package ru.edu.mentoring.training;

/**
 * A candidate mentor's questionnaire, its items taken from the memo «Памятка для наставника» (Кто я, чем занимаюсь?
 * Почему я хочу быть наставником? Мой опыт. Чем я могу и хочу поделиться? Что мне важно увидеть в наставляемом?) and the
 * МР-42/02 mentor base's columns (interests, wanted mentees, time and place for contact).
 */
public record Questionnaire(String motivation, String experience, String competences, String interests,
        String preferredMentees, String availability) {}
