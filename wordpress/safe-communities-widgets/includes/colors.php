<?php
/**
 * Colours that survive a strict Content-Security-Policy: no `style=` attribute and no inline
 * `<style>`. A widget with colours gets a class, and the plugin serves the rule for that class
 * as a stylesheet from the site's own origin (`style-src 'self'` allows it). The stylesheet's
 * address carries the checked colours themselves, so it needs no storage and no file writes,
 * and its content never changes for an address (it is cached for a year).
 *
 * @package SafeCommunitiesWidgets
 */

defined( 'ABSPATH' ) || exit;

const SAFE_COMMUNITIES_COLORS_QUERY = 'safe_communities_colors';

/**
 * The colours of a widget as the stylesheet address writes them: `accent-1f4fbf.text-222`,
 * in the order of safe_communities_colors(); '' when it sets none.
 *
 * @param array<string, string> $options checked options (safe_communities_effective_options()).
 * @return string
 */
function safe_communities_color_spec( array $options ) {
	$pairs = array();
	foreach ( array_keys( safe_communities_colors() ) as $name ) {
		$value = isset( $options[ safe_communities_color_key( $name ) ] ) ? $options[ safe_communities_color_key( $name ) ] : '';
		if ( '' !== $value ) {
			$pairs[] = $name . '-' . ltrim( $value, '#' );
		}
	}
	return implode( '.', $pairs );
}

/**
 * The custom properties of a spec, or null when any part of it is not a known colour name
 * with a hex value.
 *
 * @param string $spec from safe_communities_color_spec().
 * @return array<string, string>|null `--sca-color-<name>` => `#hex`.
 */
function safe_communities_parse_color_spec( $spec ) {
	$names      = array_keys( safe_communities_colors() );
	$properties = array();
	foreach ( explode( '.', $spec ) as $pair ) {
		if ( ! preg_match( '/^([a-z-]+)-([0-9a-f]{3}|[0-9a-f]{6})$/', $pair, $match ) || ! in_array( $match[1], $names, true ) ) {
			return null;
		}
		$properties[ '--sca-color-' . $match[1] ] = '#' . $match[2];
	}
	return $properties;
}

/**
 * The class that carries a spec's colours.
 *
 * @param string $spec from safe_communities_color_spec().
 * @return string
 */
function safe_communities_color_class( $spec ) {
	return 'sca-colors-' . substr( md5( $spec ), 0, 12 );
}

/**
 * Enqueues the stylesheet for a widget's colours and returns the class to put on it ('' when
 * the widget sets no colour).
 *
 * @param array<string, string> $options checked options.
 * @return string
 */
function safe_communities_enqueue_colors( array $options ) {
	$spec = safe_communities_color_spec( $options );
	if ( '' === $spec ) {
		return '';
	}
	$class = safe_communities_color_class( $spec );
	wp_enqueue_style(
		'safe-communities-' . $class,
		add_query_arg( SAFE_COMMUNITIES_COLORS_QUERY, $spec, home_url( '/' ) ),
		array(),
		SAFE_COMMUNITIES_VERSION
	);
	return $class;
}

/** Answers a request for a colour stylesheet (`/?safe_communities_colors=…`) and stops. */
function safe_communities_serve_colors() {
	if ( ! isset( $_GET[ SAFE_COMMUNITIES_COLORS_QUERY ] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a public, read-only stylesheet.
		return;
	}
	$spec       = sanitize_text_field( wp_unslash( $_GET[ SAFE_COMMUNITIES_COLORS_QUERY ] ) ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended
	$properties = safe_communities_parse_color_spec( $spec );
	header( 'X-Content-Type-Options: nosniff' );
	if ( null === $properties ) {
		status_header( 400 );
		header( 'Content-Type: text/plain; charset=utf-8' );
		echo 'Unknown colour specification.';
		exit;
	}
	$declarations = '';
	foreach ( $properties as $property => $value ) {
		$declarations .= $property . ':' . $value . ';';
	}
	status_header( 200 );
	header( 'Content-Type: text/css; charset=utf-8' );
	header( 'Cache-Control: public, max-age=31536000, immutable' );
	// Both parts were checked against fixed patterns above: a class name and hex colours only.
	echo '.' . safe_communities_color_class( $spec ) . '{' . $declarations . "}\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	exit;
}
