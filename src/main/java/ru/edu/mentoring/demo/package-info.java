/** Demo data: a living municipality for the embedded mode and the {@code demo} profile only. */
package ru.edu.mentoring.demo;
