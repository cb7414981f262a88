/** Who the text fixtures write as, and to: one freelancer and one business client across every test of generated words. */
export const SENDER = {
  yourName: 'Claire Martin',
  yourBusiness: 'Atelier Martin',
  yourAddress: '12 rue des Lilas, 69003 Lyon',
  place: 'Lyon',
};
export const BUSINESS_CLIENT = {
  clientName: 'Hélène',
  clientCompany: 'Boulangerie Dupain',
  clientAddress: '4 place du Marché, 69002 Lyon',
};
