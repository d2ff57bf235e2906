/**
 * The demo content of the embedded default, written in this project in Dutch (with English): two
 * invented library organisations with branches, hours and rooms, the shared themes and demo
 * accounts with a published password. Only ever written when {@code portal.demo.enabled} is true.
 */
package nl.themaplein.portal.setup.demo;
