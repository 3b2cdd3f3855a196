/** The «Наставничество» documents of schools, their news, public pages, municipal normative acts and pair orders. */
package ru.edu.mentoring.documents;
