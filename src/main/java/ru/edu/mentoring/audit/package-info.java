/** Audit: an append-only record of every change and of every view of a minor's personal record. */
package ru.edu.mentoring.audit;
