/**
 * How the app signs in and what it remembers: clouds, credential builders for each sign-in method, the token
 * cache's persistence, and the settings file (which never holds a secret).
 */
package dev.computedesk.azure.connection;
