package org.marsad.extract;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A time expression and the interval it denotes. {@code earliest}/{@code latest} stay empty when the
 * expression is relative and no publication date was given.
 */
public record TimeValue(Mention mention, Optional<LocalDate> earliest, Optional<LocalDate> latest) {

  public TimeValue {
    if (earliest.isPresent() && latest.isPresent() && earliest.get().isAfter(latest.get())) {
      throw new ExtractException("time interval is reversed for '" + mention.text() + "': "
          + earliest.get() + " > " + latest.get());
    }
  }
}
