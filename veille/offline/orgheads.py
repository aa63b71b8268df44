"""Head nouns written right before an organisation's name ("start-up Enfabrica", "la société
X"), in six languages. Split from `lexicon` (module size): the longest single list there,
grown wave by wave; `lexicon` re-exports it, so code reads it as `lexicon.ORG_HEADS`.
Entries are regex fragments; case matters (both cases given where a sentence may start
with them), and their order is kept as it was.
"""

from __future__ import annotations

# fmt: off

# Head nouns directly followed by an organisation's name: "start-up Enfabrica", "la société X".
ORG_HEADS: tuple[str, ...] = (
    # English
    r"[Ss]tart-?ups?", r"[Cc]ompany", r"[Ff]irm", r"[Uu]nit", r"[Ss]ubsidiary",
    r"[Cc]hipmaker", r"[Cc]hip designer", r"[Ll]ab", r"[Uu]nicorn", r"[Ss]upplier",
    r"[Vv]endor", r"[Pp]rovider", r"[Oo]perator", r"[Dd]eveloper", r"[Mm]aker",
    r"[Ss]pecialist", r"[Rr]ival", r"[Cc]ompetitor", r"[Ii]nvestor", r"[Ff]und",
    r"[Dd]evelopment agency",
    r"[Ss]tartups? called", r"[Ss]oftware group", r"[Cc]onglomerate", r"[Nn]eocloud",
    # French
    r"[Ll]a start-?up", r"[Ll]a jeune pousse", r"[Ll]a société", r"[Ll]['’]entreprise",
    r"[Ll]a firme", r"[Ll]e groupe", r"[Ll]a licorne", r"[Ll]['’]éditeur", r"[Ll]e fabricant",
    r"[Ll]e fournisseur", r"[Ll]e spécialiste", r"[Ll]a filiale", r"[Ll]e fonds",
    r"[Ll]['’]opérateur", r"[Ll]e concurrent", r"[Ll]a plateforme", r"[Ll]e néocloud",
    r"[Ll]a pépite", r"[Ff]onds", r"[Ff]unds?",
    # German
    r"[Dd]as Start-?up", r"[Dd]ie Firma", r"[Dd]as Unternehmen", r"[Dd]er Konzern",
    r"[Dd]er Chiphersteller", r"[Dd]er Hersteller", r"[Dd]er Anbieter", r"[Dd]ie Tochter",
    r"[Dd]er Rivale", r"[Dd]er Konkurrent", r"[Dd]er Investor", r"[Dd]er Fonds",
    r"[Dd]er Cloud-Anbieter", r"[Dd]er Softwarekonzern", r"[Dd]ie KI-Firma", r"Dienstleister",
    r"IT-Dienstleister", r"KI-Unternehmen", r"Softwarekonzern", r"Chiphersteller",
    # Spanish / Portuguese / Italian
    r"[Ll]a empresa", r"[Ll]a compañía", r"[Ll]a firma", r"[Ee]l grupo", r"[Ll]a tecnológica",
    r"[Ll]a startup", r"[Ee]l fabricante", r"[Ee]l proveedor", r"[Ll]a filial", r"[Ee]l fondo",
    r"[Ll]a desarrolladora", r"[Aa] empresa", r"[Aa] companhia", r"[Aa] startup",
    r"[Oo] grupo", r"[Aa] fabricante", r"[Aa] fornecedora", r"[Aa] subsidiária", r"[Oo] fundo",
    r"[Aa] desenvolvedora", r"fundos?", r"fondos?", r"fondi", r"banco", r"[Ll]a società",
    r"[Ll]['’]azienda", r"[Ii]l gruppo",
    r"[Ii]l produttore", r"[Ii]l fornitore", r"[Ll]a controllata", r"[Ii]l fondo",
    r"[Ll]a gestora", r"[Aa] gestora", r"gestora", r"gestor", r"gestionnaire",
    r"[Aa]sset manager", r"studio legale", r"[Ll]aw firm", r"[Cc]abinet", r"Kanzlei",
    r"[Ll]a banque", r"[Tt]he bank", r"[Ll]ender", r"[Bb]roker", r"[Aa] operadora",
    r"[Ll]a operadora", r"operadora", r"[Ll]['’]operatore", r"[Ll]['’]opérateur",
    r"[Ll]a plate-forme", r"[Ii]nsurer", r"[Ll]['’]assureur", r"[Ll]['’]hébergeur",
    r"[Pp]ublisher", r"[Bb]roadcaster", r"[Ll]es studios", r"[Dd]es studios", r"[Ll]e studio",
    r"[Ss]on studio",
    # session 7: trades and owners written before the name ("supermarket chain Asda", "son
    # actionnaire historique Cemag Invest", "propriété du groupe CMI")
    r"[Rr]etailer", r"chain", r"[Cc]armaker", r"[Aa]utomaker", r"[Dd]rugmaker", r"[Aa]irline",
    r"[Uu]tility", r"du groupe", r"au groupe", r"[Aa]ctionnaire", r"[Ss]hareholder",
    r"[Aa]ctionnaire (?:historique|majoritaire|principal|minoritaire|de référence)",
    # session 9: trades, backers and titles written before an unknown name in the six
    # languages ("existing backer Greylock", "la mineradora Vale", "el diario X",
    # "la caisse de retraite canadienne CDPQ", "son concurrent américain Amplitude")
    r"[Bb]acker", r"[Rr]atings? agency", r"[Nn]ews agency", r"[Pp]roxy advis[eo]r",
    r"[Mm]anufacturer", r"[Cc]ontractor", r"[Ii]ntegrator", r"[Dd]istributor",
    r"[Cc]onsultancy", r"[Nn]ewspaper", r"[Pp]ension fund", r"[Ww]atchdog", r"[Rr]egulator",
    r"[Ll]e quotidien", r"[Ll]e journal", r"[Ll]['’]agence", r"[Ll]a caisse de retraite",
    r"[Ll]['’]équipementier", r"[Ll]e constructeur", r"[Ll]e distributeur",
    r"[Ll]['’]intégrateur", r"[Ll]['’]énergéticien", r"[Ll]e pétrolier", r"[Ll]e géant",
    r"[Ll]['’]investisseur", r"[Ss]on concurrent", r"[Ss]on rival", r"[Ll]e rival",
    r"[Ll]a fintech", r"[Ll]a biotech", r"[Ll]a scale-?up", r"[Ll]e cabinet",
    r"[Ll]a aseguradora", r"[Ll]a petrolera", r"[Ll]a eléctrica", r"[Ll]a energética",
    r"[Ll]a constructora", r"[Ee]l diario", r"[Ee]l periódico", r"[Ll]a agencia",
    r"[Ll]a consultora", r"[Ll]a farmacéutica", r"[Ee]l gigante", r"[Ee]l operador",
    r"[Ee]l inversor", r"[Ll]a aerolínea", r"[Ll]a distribuidora",
    r"[Aa] mineradora", r"[Aa] petroleira", r"[Aa] seguradora", r"[Aa] varejista",
    r"[Aa] construtora", r"[Aa] distribuidora", r"[Aa] elétrica", r"[Aa] gigante",
    r"[Oo] banco", r"[Oo] jornal", r"[Aa] consultoria", r"[Aa] siderúrgica",
    r"[Ll]a compagnia", r"[Ii]l colosso", r"[Ll]a multinazionale", r"[Ll]a banca",
    r"[Ii]l quotidiano", r"[Ll]['’]agenzia", r"[Ii]l costruttore", r"[Ll]a software house",
    r"[Ii]l distributore", r"[Ll]['’]assicuratore",
)
# fmt: on
