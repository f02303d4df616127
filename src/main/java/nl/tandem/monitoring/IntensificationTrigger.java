package nl.tandem.monitoring;

/**
 * What made Tandem propose an intensification: a context event, or a zone that went up to
 * orange or red.
 */
public enum IntensificationTrigger {

	EVENT, ZONE

}
