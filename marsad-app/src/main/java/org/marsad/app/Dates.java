package org.marsad.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates typed on the command line, with an error that names the option and the bad value. */
public final class Dates {
  private Dates() {
  }

  public static LocalDate parse(String option, String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new AppException(option + " must be a date like 2015-11-02, not '" + value + "'", e);
    }
  }
}
