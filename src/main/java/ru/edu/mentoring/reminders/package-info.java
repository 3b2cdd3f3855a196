/** Reminders: campaign deadlines, pairs past their planned end, consents about to end — each sent once. */
package ru.edu.mentoring.reminders;
