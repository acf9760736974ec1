/**
 * The texts a user reads, in English or Korean ({@link dev.computedesk.domain.text.Messages}). Pure JDK, so the
 * domain's rules can word their messages too.
 */
package dev.computedesk.domain.text;
