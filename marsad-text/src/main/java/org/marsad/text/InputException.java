package org.marsad.text;

/** A report that cannot be read as text: empty, binary, undecodable or too large. Names the input. */
public class InputException extends TextException {
  private static final long serialVersionUID = 1L;
  private final String input;

  public InputException(String input, String problem) {
    super(input + ": " + problem);
    this.input = input;
  }

  public String input() {
    return input;
  }
}
