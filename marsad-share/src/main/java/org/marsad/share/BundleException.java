package org.marsad.share;

/** A STIX input that cannot be taken in at all: the message names the input and what is wrong with it. */
public class BundleException extends ShareException {

  public BundleException(String input, String problem) {
    super(input + ": " + problem);
  }

  public BundleException(String input, String problem, Throwable cause) {
    super(input + ": " + problem, cause);
  }
}
