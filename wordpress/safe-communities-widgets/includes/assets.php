<?php
/**
 * The widget's script: the classic (IIFE) build in the plugin's own widget/ folder, with its
 * catalogs/ beside it, enqueued only where a shortcode or block renders, and pinned by the
 * integrity hash of the manifest.json the release build copied with it. A classic script with
 * `wp_enqueue_script` works from WordPress 6.1 (before the Script Modules API) to today's.
 *
 * @package SafeCommunitiesWidgets
 */

defined( 'ABSPATH' ) || exit;

const SAFE_COMMUNITIES_SCRIPT = 'safe-communities-widgets';
const SAFE_COMMUNITIES_SCRIPT_FILE = 'safe-communities.iife.js';

/**
 * The copied dist/manifest.json, or null when the widget files are missing (the plugin was
 * installed from the source folder instead of the release zip).
 *
 * @return array<string, mixed>|null
 */
function safe_communities_manifest() {
	static $manifest = false;
	if ( false === $manifest ) {
		$path     = SAFE_COMMUNITIES_DIR . 'widget/manifest.json';
		$decoded  = is_readable( $path ) ? json_decode( (string) file_get_contents( $path ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$manifest = is_array( $decoded ) && is_readable( SAFE_COMMUNITIES_DIR . 'widget/' . SAFE_COMMUNITIES_SCRIPT_FILE ) ? $decoded : null;
	}
	return $manifest;
}

/**
 * The script's Subresource Integrity value (`sha384-…`), or '' when the manifest lacks one.
 *
 * @return string
 */
function safe_communities_script_integrity() {
	$manifest  = safe_communities_manifest();
	$integrity = isset( $manifest['files'][ SAFE_COMMUNITIES_SCRIPT_FILE ]['integrity'] ) ? $manifest['files'][ SAFE_COMMUNITIES_SCRIPT_FILE ]['integrity'] : '';
	return is_string( $integrity ) && preg_match( '#^sha384-[A-Za-z0-9+/]+={0,2}$#', $integrity ) ? $integrity : '';
}

/** Registers the script (in the footer); the shortcode and the block enqueue it. */
function safe_communities_register_script() {
	$manifest = safe_communities_manifest();
	if ( ! $manifest ) {
		return;
	}
	$version = isset( $manifest['version'] ) && is_string( $manifest['version'] ) ? $manifest['version'] : SAFE_COMMUNITIES_VERSION;
	wp_register_script(
		SAFE_COMMUNITIES_SCRIPT,
		plugins_url( 'widget/' . SAFE_COMMUNITIES_SCRIPT_FILE, SAFE_COMMUNITIES_FILE ),
		array(),
		$version,
		true
	);
}

/**
 * Enqueues the script for this page. Without the widget files (or their hash) nothing is
 * enqueued: the element's fallback link shows instead of a script that would not be pinned.
 *
 * @return bool whether the script will load.
 */
function safe_communities_enqueue_script() {
	if ( ! wp_script_is( SAFE_COMMUNITIES_SCRIPT, 'registered' ) || '' === safe_communities_script_integrity() ) {
		return false;
	}
	wp_enqueue_script( SAFE_COMMUNITIES_SCRIPT );
	return true;
}

/**
 * Adds `integrity` and `crossorigin` to the script's tag. WordPress 6.1 writes
 * `<script src='…' id='…-js'>`, later versions `<script src="…" id="…-js">`: the attributes go
 * in right after `<script` of the tag that loads the file, whichever quotes follow.
 *
 * @param string $tag    the HTML WordPress will print for the handle.
 * @param string $handle the script handle.
 * @return string
 */
function safe_communities_script_tag( $tag, $handle ) {
	if ( SAFE_COMMUNITIES_SCRIPT !== $handle ) {
		return $tag;
	}
	$integrity = safe_communities_script_integrity();
	if ( '' === $integrity || false !== strpos( $tag, ' integrity=' ) ) {
		return $tag;
	}
	$pinned = sprintf( '<script integrity="%s" crossorigin="anonymous"', esc_attr( $integrity ) );
	return preg_replace( '/<script(?=[^>]*\ssrc=)/', $pinned, $tag, 1 );
}

/** Tells administrators when the widget files are missing, instead of failing silently. */
function safe_communities_missing_files_notice() {
	if ( safe_communities_manifest() || ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	printf(
		'<div class="notice notice-error"><p>%s</p></div>',
		esc_html__( 'Safe Communities Widgets: the widget files (widget/safe-communities.iife.js, widget/catalogs/, widget/manifest.json) are missing, so the widgets cannot load. Install the release zip (safe-communities-widgets-wordpress-VERSION.zip), not the plugin’s source folder.', 'safe-communities-widgets' )
	);
}
