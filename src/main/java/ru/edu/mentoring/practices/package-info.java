/** Practices: the bank of mentoring practices (passport, moderation, public catalogue) and the municipality's events. */
package ru.edu.mentoring.practices;
