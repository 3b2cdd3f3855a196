/** Home: the start page of each role. */
package ru.edu.mentoring.home;
