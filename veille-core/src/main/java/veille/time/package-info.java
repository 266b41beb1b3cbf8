/** Dates as pages write them: full or partial calendar dates, read from stamps, credits and text. */
package veille.time;
