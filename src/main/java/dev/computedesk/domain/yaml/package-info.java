/** CLI v2 YAML text for "Copy as YAML" and review panes ({@link dev.computedesk.domain.yaml.ComputeYaml}). */
package dev.computedesk.domain.yaml;
