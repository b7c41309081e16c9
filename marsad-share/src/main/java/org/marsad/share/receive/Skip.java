package org.marsad.share.receive;

/** An object of a bundle that was not taken in, and why. */
public record Skip(String type, String id, String reason) {
}
