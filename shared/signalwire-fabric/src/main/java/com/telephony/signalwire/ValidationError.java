package com.telephony.signalwire;

/** One item of a 422 body: a catalogue code, the request parameter at fault, and a human message. */
public record ValidationError(String code, String attribute, String message) {
}
