<?php
/**
 * The `safe-communities/campaign` block: dynamic (its markup is rendered by PHP on each view,
 * the post stores only `<!-- wp:safe-communities/campaign {…} /-->`), with its editor script in
 * plain JavaScript (assets/block-editor.js, no build step). Block attributes are the options in
 * camelCase (`bill_house` → `billHouse`), all strings, '' meaning "the site default".
 *
 * @package SafeCommunitiesWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * An option key as a block attribute name: `bill_house` → `billHouse`.
 *
 * @param string $key option key.
 * @return string
 */
function safe_communities_block_attribute( $key ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '_', ' ', $key ) ) ) );
}

/**
 * What the editor script needs to know about the options: attribute name, kind, label, choices.
 *
 * @return array<int, array<string, mixed>>
 */
function safe_communities_block_fields() {
	$fields = array();
	foreach ( safe_communities_option_schema() as $key => $field ) {
		$fields[] = array(
			'key'       => $key,
			'attribute' => safe_communities_block_attribute( $key ),
			'kind'      => $field['kind'],
			'label'     => $field['label'],
			'choices'   => isset( $field['choices'] ) ? $field['choices'] : array(),
			'color'     => isset( $field['color'] ) ? $field['color'] : '',
			'on'        => isset( $field['on'] ) ? $field['on'] : array( 'campaign', 'explainer', 'contact' ),
		);
	}
	return $fields;
}

/** Registers the editor script and the block. */
function safe_communities_register_block() {
	$attributes = array();
	foreach ( array_keys( safe_communities_option_schema() ) as $key ) {
		$attributes[ safe_communities_block_attribute( $key ) ] = array(
			'type'    => 'string',
			'default' => '',
		);
	}
	wp_register_script(
		'safe-communities-block-editor',
		plugins_url( 'assets/block-editor.js', SAFE_COMMUNITIES_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ),
		SAFE_COMMUNITIES_VERSION,
		true
	);
	wp_add_inline_script(
		'safe-communities-block-editor',
		'window.safeCommunitiesBlock = ' . wp_json_encode(
			array(
				'fields'   => safe_communities_block_fields(),
				'locales'  => safe_communities_locales(),
				'defaults' => safe_communities_site_defaults(),
			)
		) . ';',
		'before'
	);
	register_block_type(
		'safe-communities/campaign',
		array(
			'api_version'     => 2,
			'title'           => __( 'Safe Communities Act', 'safe-communities-widgets' ),
			'category'        => 'widgets',
			'editor_script'   => 'safe-communities-block-editor',
			'attributes'      => $attributes,
			'supports'        => array( 'html' => false ),
			'render_callback' => 'safe_communities_render_block',
		)
	);
}

/**
 * Renders the block from its attributes.
 *
 * @param array<string, mixed> $attributes block attributes.
 * @return string
 */
function safe_communities_render_block( $attributes ) {
	$values = array();
	foreach ( array_keys( safe_communities_option_schema() ) as $key ) {
		$name           = safe_communities_block_attribute( $key );
		$values[ $key ] = isset( $attributes[ $name ] ) ? $attributes[ $name ] : '';
	}
	$classes = array( 'wp-block-safe-communities-campaign' );
	if ( ! empty( $attributes['className'] ) && is_string( $attributes['className'] ) ) {
		$classes = array_merge( $classes, preg_split( '/\s+/', $attributes['className'], -1, PREG_SPLIT_NO_EMPTY ) );
	}
	return safe_communities_render_widget( $values, $classes );
}
