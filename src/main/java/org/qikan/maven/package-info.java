/**
 * The Maven plugin ({@code mvn qikan:build}, {@code qikan:serve}, {@code qikan:import}, {@code qikan:check}):
 * each goal runs the {@code qikan} command of the same name with the goal's parameters, its output in
 * Maven's log. Same artifact as the command line (packaging {@code maven-plugin}).
 */
package org.qikan.maven;
