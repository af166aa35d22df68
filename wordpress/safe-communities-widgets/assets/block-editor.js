/**
 * The editor side of the safe-communities/campaign block, in plain JavaScript (no build step).
 * The options, their labels and allowed values come from PHP (window.safeCommunitiesBlock,
 * includes/block.php), so the editor offers exactly what the server accepts. The block is
 * dynamic: it saves nothing but its attributes, and the page shows the widget (the editor does
 * not run the widget's script; Preview shows it).
 */
( function ( wp, config ) {
	'use strict';
	if ( ! wp || ! config ) {
		return;
	}
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var components = wp.components;
	var editor = wp.blockEditor || wp.editor;
	var ALL = [ 'campaign', 'explainer', 'contact' ];

	var attributes = {};
	config.fields.forEach( function ( field ) {
		attributes[ field.attribute ] = { type: 'string', default: '' };
	} );

	var siteDefault = __( 'Site default', 'safe-communities-widgets' );

	function defaultLabel( field ) {
		var value = config.defaults[ field.key ];
		return value ? siteDefault + ' (' + value + ')' : siteDefault;
	}

	function choiceLabel( field, choice ) {
		if ( field.key === 'lang' && config.locales[ choice ] ) {
			return config.locales[ choice ] + ' (' + choice + ')';
		}
		return choice;
	}

	/** One control for one option; every option can go back to the site default (''). */
	function control( field, value, set ) {
		var common = { key: field.key, label: field.label, value: value, onChange: set };
		if ( field.kind === 'choice' ) {
			var options = [ { label: defaultLabel( field ), value: '' } ].concat(
				field.choices.map( function ( choice ) {
					return { label: choiceLabel( field, choice ), value: choice };
				} )
			);
			return el( components.SelectControl, Object.assign( common, { options: options } ) );
		}
		if ( field.kind === 'flag' ) {
			return el(
				components.SelectControl,
				Object.assign( common, {
					options: [
						{ label: defaultLabel( field ), value: '' },
						{ label: __( 'Yes', 'safe-communities-widgets' ), value: 'yes' },
						{ label: __( 'No', 'safe-communities-widgets' ), value: 'no' },
					],
				} )
			);
		}
		if ( field.kind === 'color' ) {
			return el(
				components.BaseControl,
				{ key: field.key, label: field.label, id: 'sca-' + field.key },
				el( components.ColorPalette, {
					value: value || undefined,
					colors: [],
					disableAlpha: true,
					clearable: true,
					onChange: function ( color ) {
						set( /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test( color || '' ) ? color : '' );
					},
				} )
			);
		}
		return el( components.TextControl, Object.assign( common, { placeholder: config.defaults[ field.key ] || '' } ) );
	}

	function Edit( props ) {
		var values = props.attributes;
		var element = values.elements || config.defaults.elements || 'campaign';
		function setter( field ) {
			return function ( next ) {
				var change = {};
				change[ field.attribute ] = typeof next === 'string' ? next : '';
				props.setAttributes( change );
			};
		}
		function panel( title, kinds, opened ) {
			var fields = config.fields.filter( function ( field ) {
				var applies = ( field.on || ALL ).indexOf( element ) !== -1 || field.key === 'elements';
				return applies && kinds( field );
			} );
			return el(
				components.PanelBody,
				{ title: title, initialOpen: opened },
				fields.map( function ( field ) {
					return control( field, values[ field.attribute ] || '', setter( field ) );
				} )
			);
		}
		var isColor = function ( field ) {
			return field.kind === 'color';
		};
		var summary = config.fields
			.filter( function ( field ) {
				return values[ field.attribute ];
			} )
			.map( function ( field ) {
				return field.key + ': ' + values[ field.attribute ];
			} );
		return el(
			'div',
			editor.useBlockProps ? editor.useBlockProps() : {},
			el(
				editor.InspectorControls,
				null,
				panel( __( 'Widget', 'safe-communities-widgets' ), function ( field ) {
					return ! isColor( field );
				}, true ),
				panel( __( 'Colours', 'safe-communities-widgets' ), isColor, false )
			),
			el(
				components.Placeholder,
				{
					icon: 'megaphone',
					label: __( 'Safe Communities Act', 'safe-communities-widgets' ),
					instructions: __( 'The widget shows on the published page and in Preview. Its options are in the block settings.', 'safe-communities-widgets' ),
				},
				el( 'p', null, summary.length ? summary.join( ', ' ) : __( 'Site defaults (Settings → Safe Communities).', 'safe-communities-widgets' ) )
			)
		);
	}

	wp.blocks.registerBlockType( 'safe-communities/campaign', {
		apiVersion: 2,
		title: __( 'Safe Communities Act', 'safe-communities-widgets' ),
		description: __( 'The Safe Communities Act explainer and a private “Contact your legislators” button.', 'safe-communities-widgets' ),
		category: 'widgets',
		icon: 'megaphone',
		keywords: [ 'immigration', 'legislator', 'advocacy' ],
		supports: { html: false },
		attributes: attributes,
		edit: Edit,
		save: function () {
			return null;
		},
	} );
} )( window.wp, window.safeCommunitiesBlock );
