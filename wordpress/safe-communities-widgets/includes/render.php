<?php
/**
 * The widget's HTML, shared by the shortcode and the block. Everything is built here at render
 * time from checked values, so what an Author or Contributor saves is only a shortcode or a
 * block comment, which kses leaves alone; the `<sca-…>` element and the script tag never pass
 * through kses.
 *
 * @package SafeCommunitiesWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element for a set of options, its attributes escaped, and the script (and colour
 * stylesheet) enqueued for the page.
 *
 * @param array<string, mixed> $values raw values by option key; '' or missing = the site default.
 * @param string[]             $classes extra classes (the block's), already sanitized.
 * @return string
 */
function safe_communities_render_widget( array $values, array $classes = array() ) {
	$options = safe_communities_effective_options( $values );
	$element = $options['elements'];
	$html    = '<sca-' . $element;
	foreach ( safe_communities_option_schema() as $key => $field ) {
		$value = $options[ $key ];
		if ( empty( $field['attribute'] ) || '' === $value || ! in_array( $element, $field['on'], true ) ) {
			continue;
		}
		if ( 'flag' === $field['kind'] ) {
			$html .= 'yes' === $value ? ' ' . $field['attribute'] : '';
			continue;
		}
		$html .= sprintf( ' %s="%s"', $field['attribute'], esc_attr( $value ) );
	}
	$classes[] = safe_communities_enqueue_colors( $options );
	$classes   = array_filter( array_map( 'sanitize_html_class', $classes ) );
	if ( $classes ) {
		$html .= sprintf( ' class="%s"', esc_attr( implode( ' ', $classes ) ) );
	}
	safe_communities_enqueue_script();
	// Shown until the script runs, and for good if it cannot (blocked, offline).
	$html .= sprintf(
		'><a href="%s"%s</a></sca-%s>',
		esc_url( 'https://malegislature.gov/Search/FindMyLegislator' ),
		safe_communities_fallback_link( (string) $options['lang'] ),
		$element
	);
	return $html;
}

/**
 * The rest of the fallback link's start tag and its text: in the widget's language when one is
 * set (the element's `lang` covers it), from the widget's own translations, which the plugin's
 * build writes into includes/fallback-links.php with each language's direction; else the plugin's string, marked English
 * while no WordPress translation of it is installed.
 *
 * @param string $lang the widget's language ('' = the page's).
 * @return string
 */
function safe_communities_fallback_link( $lang ) {
	static $texts = null;
	if ( null === $texts ) {
		$file  = __DIR__ . '/fallback-links.php';
		$texts = is_readable( $file ) ? (array) include $file : array();
	}
	if ( '' !== $lang && 'en' !== $lang && isset( $texts[ $lang ] ) ) {
		list( $text, $dir ) = $texts[ $lang ];
		return ( 'rtl' === $dir ? ' dir="rtl"' : '' ) . '>' . esc_html( $text );
	}
	$english = 'Find your Massachusetts legislators';
	$text    = __( 'Find your Massachusetts legislators', 'safe-communities-widgets' );
	$marks   = ( $text === $english && 'en' !== $lang ) ? ' lang="en"' : '';
	return $marks . '>' . esc_html( $text );
}

/**
 * `[safe_communities layout="list" bill_house="H.2580" bill_session="194" color_accent="#7a1f5c"]`
 *
 * @param array<string, string>|string $attributes shortcode attributes ('' when there are none).
 * @return string
 */
function safe_communities_shortcode( $attributes ) {
	$defaults = array_fill_keys( array_keys( safe_communities_option_schema() ), '' );
	return safe_communities_render_widget( shortcode_atts( $defaults, is_array( $attributes ) ? $attributes : array(), 'safe_communities' ) );
}
